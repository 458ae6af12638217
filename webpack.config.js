// Two entries served from one shared-runtime page (taskpane.html): the task pane UI and the
// ESG custom functions. custom-functions-metadata-plugin writes functions.json from the JSDoc
// of functions/functions.ts and fails the build when that metadata has errors.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // Production pages load Office.js from Microsoft's CDN; development and the browser tests load
  // the copy from @microsoft/office-js so that they work offline. `--env officejs=local|cdn` overrides.
  const officeJs = (env.officejs || (production ? "cdn" : "local")) === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./taskpane/index.tsx",
      functions: "./functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // Node-only modules the engine may mention behind runtime checks; the browser never needs them.
      fallback: { fs: false, path: false, url: false, module: false, zlib: false, stream: false, crypto: false, http: false, https: false },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    plugins: [
      // Document import (src/document) loads its ESM-only libraries through runtime/node.ts in Node;
      // the bundle uses runtime/browser.ts instead: pdf.js as a lazy chunk, its worker from the
      // copied pdfjs/pdf.worker.min.mjs (below).
      new webpack.NormalModuleReplacementPlugin(/(^|[\\/])runtime[\\/]node$/, (resource) => {
        const fromDocument = /[\\/]src[\\/]document([\\/]|$)/.test(resource.context || "");
        if (fromDocument) resource.request = resource.request.replace(/node$/, "browser");
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // pdf.js loads these at runtime (src/document/runtime/browser.ts): its worker, the CMaps for
          // CJK PDFs with non-embedded fonts, and the standard font data.
          { from: "node_modules/pdfjs-dist/build/pdf.worker.min.mjs", to: "pdfjs/pdf.worker.min.mjs", info: { minimized: true } },
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps", info: { minimized: true } },
          { from: "node_modules/pdfjs-dist/standard_fonts", to: "pdfjs/standard_fonts", info: { minimized: true } },
          ...(officeJs === OFFICE_JS_LOCAL
            ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } }]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: Number(process.env.PORT || 3000),
      // Office requires https for add-in pages; the dev server makes a self-signed certificate.
      server: process.env.HTTP === "1" ? "http" : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      client: { overlay: false },
    },
  };
};
