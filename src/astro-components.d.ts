// Lets plain `tsc` type-check TypeScript modules that import .astro components (the Astro
// language tools give those files their real types; tsc alone does not know the extension).
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
