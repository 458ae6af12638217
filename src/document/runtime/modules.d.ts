// pdf.js ships types for its package root only; these entry points have the same API.
declare module "pdfjs-dist/build/pdf.mjs" {
  export * from "pdfjs-dist";
}
