// The analyzer's command line as a function (it ships no types for it): returns the manifest,
// and with `noWrite` writes no file.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  export function cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
}
