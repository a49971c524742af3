// Minimal types for the part of jsdom 29 we use (no @types/jsdom installed).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: Record<string, unknown>);
    readonly window: Window & typeof globalThis;
  }
}
