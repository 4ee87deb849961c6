// The custom-elements manifest (custom-elements.json) is generated from each element's JSDoc:
// attributes, properties, events, slots, CSS parts and custom properties.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/internal/test/**', 'src/generated/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
};
