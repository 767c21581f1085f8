import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

// The project ships its own font (OFL), so drawing a card never calls a font service.
let font: Promise<Buffer> | undefined;
function loadFont(): Promise<Buffer> {
  font ??= readFile(path.join(process.cwd(), 'public/fonts/source-serif-4-latin-700-normal.woff'));
  return font;
}

/** Draws a social card as a PNG response. */
export async function socialCardImage(props: {
  title: string;
  kicker: string;
  siteName: string;
}): Promise<ImageResponse> {
  return new ImageResponse(<SocialCard {...props} />, {
    ...SOCIAL_CARD_SIZE,
    fonts: [{ name: 'Source Serif', data: await loadFont(), weight: 700, style: 'normal' }],
  });
}
