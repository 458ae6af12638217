// Three projects: the engine and Excel layer in Node, task pane components in jsdom, and
// end-to-end tests that drive the built task pane in a real Chromium.
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", isolatedModules: true }, diagnostics: false },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  // office-addin-mock pulls in ESM-only packages through office-addin-manifest; it only needs the OfficeApp enum.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};

module.exports = {
  // Generous: some tests spawn the CLI or load pdf.js, and CI machines have 2 cores. (A global option: projects ignore it.)
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts"], testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"] },
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/**/*.test.tsx"] },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"] },
  ],
};
