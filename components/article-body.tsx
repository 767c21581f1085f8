import type { Root } from 'hast';
import { type Components, toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { BodyImage as MeasuredImage } from '@/lib/content/article';
import { type EmbedCardData, withEmbedCards } from '@/lib/embeds/embed-url';
import { BodyImage } from './body-image';
import { EmbedCard } from './embed-card';

interface Props {
  /** The body as a tree already sanitised by lib/markdown/render-markdown. */
  tree: Root;
  /** The body's images with their measured sizes; an image without one renders as a plain img. */
  images?: readonly MeasuredImage[];
  /** The rel of links to other sites: `sponsored` in paid content, as Google asks. */
  outboundRel?: string;
}

/** The article body: sanitised Markdown as React elements, with measured images through next/image. */
export function ArticleBody({ tree, images = [], outboundRel }: Props) {
  const components: Partial<Components> & Record<string, unknown> = {
    // A post or video from another service alone on a line (lib/embeds/embed-url.ts).
    'embed-card': ({ data }: { data: string }) => <EmbedCard embed={JSON.parse(data) as EmbedCardData} />,
    a: (props) => {
      const outbound = typeof props.href === 'string' && /^https?:\/\//i.test(props.href);
      return <a {...props} rel={outbound && outboundRel ? outboundRel : props.rel} />;
    },
    // Wide tables and long code lines scroll inside their own box; keyboard users must reach it too.
    table: (props) => <table {...props} tabIndex={0} />,
    pre: (props) => <pre {...props} tabIndex={0} />,
    img: ({ src, alt }) => {
      const measured = images.find((image) => image.src === src);
      if (measured?.width && measured.height)
        return (
          <BodyImage src={measured.src} alt={measured.alt} width={measured.width} height={measured.height} />
        );
      // A raw HTML <img> was never measured, so next/image cannot reserve its space.
      return <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" />;
    },
  };
  return (
    <div className="article-body">
      {toJsxRuntime(withEmbedCards(tree), {
        Fragment,
        jsx,
        jsxs,
        components: components as Partial<Components>,
      })}
    </div>
  );
}
