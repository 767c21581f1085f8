import { fileURLToPath } from 'node:url';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';

/**
 * The Content-Security-Policy of every response. Scripts are limited to this origin but keep
 * 'unsafe-inline': Next.js streams each page's data in inline <script> tags, and the only stricter
 * option it offers, a per-request nonce, forces every page to render on every request — no static
 * or cached pages (see README "Security"). Markdown can never add a script: the sanitiser strips them.
 * `npm start` sends pages without those scripts, and with script-src 'none' in place of this one
 * (lib/server/without-client-runtime.mjs); `next dev` and CLIENT_RUNTIME=next use it as it is.
 */
/**
 * @param {boolean} dev
 * @param {string} [formAction]
 * @param {string} [frameSrc]
 */
function contentSecurityPolicy(dev, formAction = "'self'", frameSrc = "'none'") {
  return [
    "default-src 'self'",
    // React's development build evaluates code for fast refresh; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    // The inlined stylesheet and next/image's placeholder styles are inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    `frame-src ${frameSrc}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers for every response; HSTS is added by proxy.ts, only when the request came over HTTPS.
 * No Cross-Origin-Opener-Policy: it guards per-reader state in a page from cross-origin windows, and
 * these pages have none (no accounts, no script). A reader arriving from another site then pays
 * for a new browsing context group: ~50-120 ms of main-thread work before the page commits, which
 * cost 3-11 points of Lighthouse's mobile score here (README, "Security").
 */
/** @param {boolean} dev */
function securityHeaders(dev) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(dev) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests serve a copy of the build from another folder, so a server whose clock they move cannot
  // write into the cache the other tests read.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // proxy.ts takes the trailing slash off itself, so an old address with one (`/2012/01/07/x/`, as
  // WordPress wrote them) reaches its story in one redirect, not two.
  skipTrailingSlashRedirect: true,
  // `next dev` opened at 127.0.0.1 rather than localhost (the dev-server tests do) may load its scripts.
  allowedDevOrigins: ['127.0.0.1'],
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit); checking again here would add seconds to
  // every build and deploy without finding anything new.
  typescript: { ignoreBuildErrors: true },
  // Instances share rendered pages and revalidations through Redis only when REDIS_URL is set at
  // `next start`; without it Next.js keeps its own cache per instance. See lib/cache/.
  cacheHandler: process.env.REDIS_URL
    ? fileURLToPath(new URL('./lib/cache/redis-cache-handler.mjs', import.meta.url))
    : undefined,
  // `NEXT_OUTPUT=standalone npm run build` adds a self-contained server in <distDir>/standalone.
  // Opt-in: `next start`, which the README and the tests use, does not support that output.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Loaded from node_modules at run time rather than bundled: Turbopack would otherwise compile the
  // Markdown, schema and search libraries once for each server context that imports the content
  // library (pages, route handlers, the proxy), which cost ~4 s of every build at 4,000 articles.
  // (date-fns stays bundled: Next.js optimises its imports, which rules out externalising it.)
  serverExternalPackages: [
    '@date-fns/tz',
    'better-sqlite3',
    '@redis/client',
    'fastest-levenshtein',
    'feed',
    'hast-util-from-html',
    'hast-util-raw',
    'hast-util-sanitize',
    'hast-util-to-html',
    'hast-util-to-jsx-runtime',
    'image-size',
    'js-yaml',
    'mdast-util-to-hast',
    'mdast-util-gfm',
    'micromark-extension-gfm-footnote',
    'micromark-extension-gfm-strikethrough',
    'micromark-extension-gfm-table',
    'micromark-extension-gfm-task-list-item',
    'lru-cache',
    'rehype-autolink-headings',
    'rehype-slug',
    'remark-parse',
    'unified',
    'unist-util-visit',
    'vfile',
    'zod',
  ],
  experimental: {
    // Turbopack's on-disk cache makes a build after a small edit compile in ~3 s instead of ~9-13 s, but
    // writing it costs ~10 s of CPU during every build, which on two cores slowed a first build at
    // 10,000 articles from 31 s to 47 s. Off by default; TURBOPACK_BUILD_CACHE=1 turns it on for a
    // pipeline that keeps .next/cache between builds (README, "Performance").
    turbopackFileSystemCacheForBuild: process.env.TURBOPACK_BUILD_CACHE === '1',
    // One small stylesheet: inlining it saves a render-blocking request on every first visit.
    inlineCss: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
    imageSizes: [64, 128, 256],
  },
};

/**
 * The policy of everything that is not a page: feeds, sitemaps, robots.txt, the manifest, images,
 * social cards, build files, API answers. None of them needs a script, a frame or a form, so a
 * document opened from one (an SVG, an XML file a browser renders) can run nothing.
 */
const NO_SCRIPT_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/**
 * Paths that are never pages, by name: Next.js matches response headers on the request's path only.
 * They are declared here rather than set by the production server from the Content-Type because
 * Next.js applies these to every response it makes, under `npm start`, `next start`, standalone
 * output and `next dev`, streamed or not (a static file, a byte range, an image from /_next/image),
 * where lib/server sees only the responses it fetches whole. For the same path the last rule wins.
 */
const NOT_PAGES = [
  // A last segment with one of these extensions: feeds, sitemaps, robots.txt, the manifest, icons,
  // files under public/ (an HTML page at such a path is a 404, which needs no script either).
  '/:path*/:file(.+\\.(?:xml|json|txt|webmanifest|png|jpe?g|gif|webp|avif|svg|ico|pdf|css|js|map|woff2?))',
  '/:path*/opengraph-image',
  '/_next/static/:path*',
  '/_next/image',
  '/api/:path*',
];

/** The one origin each embed provider's player comes from: lib/embeds/embed-url.ts's frameOrigin (a test keeps them equal). */
export const EMBED_FRAME_ORIGINS = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
  bluesky: 'https://embed.bsky.app',
  x: 'https://platform.twitter.com',
  instagram: 'https://www.instagram.com',
};

/** @param {string} phase */
export default function config(phase) {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  const noScript = [{ key: 'Content-Security-Policy', value: NO_SCRIPT_POLICY }];
  /** @type {import('next').NextConfig} */
  return {
    ...nextConfig,
    headers: async () => [
      { source: '/:path*', headers: securityHeaders(dev) },
      ...NOT_PAGES.map((source) => ({ source, headers: noScript })),
      // The Mastodon share page's form goes through this site to the reader's own server, which a
      // browser checks against form-action after the redirect: any https server, on that page alone.
      // An embed's player page frames its one provider, and no other page frames anything.
      ...Object.entries(EMBED_FRAME_ORIGINS).map(([provider, origin]) => ({
        source: `/embed/${provider}`,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(dev, "'self'", origin) }],
      })),
      {
        source: '/share/mastodon',
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(dev, "'self' https:") }],
      },
    ],
  };
}
