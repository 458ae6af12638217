// pdf.js ships types for its package root only; these entry points have the same API.
declare module "pdfjs-dist/build/pdf.mjs" {
  export * from "pdfjs-dist";
}

// mammoth's zip wrapper (JSZip underneath), the object its Node build accepts as `{ file }`.
declare module "mammoth/lib/zipfile" {
  export interface MammothZipFile {
    exists(name: string): boolean;
    read(name: string, encoding: "utf-8"): Promise<string>;
    read(name: string): Promise<Uint8Array>;
    write(name: string, contents: string | Uint8Array): void;
    toArrayBuffer(): Promise<ArrayBuffer>;
  }
  export function openArrayBuffer(data: ArrayBuffer | Uint8Array): Promise<MammothZipFile>;
}
