import type { MetadataRoute } from 'next';
import { getContentIndex } from '@/lib/content';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const { site } = await getContentIndex();
  return {
    name: site.name,
    short_name: site.name.replace(/^The /, ''),
    description: site.description,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#111418',
    lang: site.language,
    icons: [
      { src: '/icon.png', sizes: '512x512', type: 'image/png' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
