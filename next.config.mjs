/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests serve a copy of the build from another folder, so a server whose clock they move cannot
  // write into the cache the other tests read.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // One small stylesheet: inlining it saves a render-blocking request on every first visit.
    inlineCss: true,
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
    imageSizes: [64, 128, 256],
  },
  // Page 1 of every list has one address, the list's own. Redirecting here rather than while
  // rendering sends a single Location header (a render-time redirect on a cache miss sends two).
  async redirects() {
    const lists = ['', '/:section', '/tags/:tag', '/authors/:author', '/archive/:year/:month'];
    return lists.map((list) => ({ source: `${list}/page/1`, destination: list || '/', permanent: true }));
  },
};

export default nextConfig;
