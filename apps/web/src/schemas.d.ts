// Files of the repository's schemas/ folder, reached through Vite's `@maillage-schemas` alias (vite.config.mts).
declare module '@maillage-schemas/*.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}
