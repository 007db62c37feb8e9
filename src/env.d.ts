interface ImportMetaEnv {
  /** Set at build time (astro.config.mjs): whether SITE_URL was given, so citations can trust the build's address. */
  readonly ATLAS_SITE_CONFIGURED: boolean;
}
