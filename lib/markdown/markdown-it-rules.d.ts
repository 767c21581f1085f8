// markdown-it's own rules, which its published types leave out; read-markdown.ts wraps one.
declare module 'markdown-it/lib/rules_inline/backticks.mjs' {
  import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
  export default function backticks(state: StateInline, silent: boolean): boolean;
}
