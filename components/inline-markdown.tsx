import type { ElementContent } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** Inline Markdown already sanitised by lib/markdown/parse-inline-markdown (a note's links, emphasis). */
export function InlineMarkdown({ nodes }: { nodes: readonly ElementContent[] }) {
  return toJsxRuntime({ type: 'root', children: [...nodes] }, { Fragment, jsx, jsxs });
}
