import { resolve } from 'node:path';
import { serveStatic } from '../../scripts/static-server.ts';

// ATLAS_DIST points the gates at another build (the sixth-plan test runs them on a copy's dist/).
export const DIST = process.env.ATLAS_DIST ? resolve(process.env.ATLAS_DIST) : resolve(import.meta.dirname, '../../dist');

/** Serves dist/ on 127.0.0.1 (a random port) with the site's own server (`npm start`): 404 page, precompressed files, slash redirects. */
export async function serveDist(root = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  const { url, close } = await serveStatic(root);
  return { url, close };
}
