import { parseDocument, DomUtils } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'iframe', 'template',
  'button', 'select', 'figcaption', 'head',
]);

/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'table', 'tr', 'dd', 'dt', 'figure', 'address', 'br', 'hr',
]);

/** What a web page says about itself, and its readable text. */
export interface HtmlContent {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  /** Publication date as written in the page (ISO date or date-time), when it gives one. */
  readonly published?: string;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Paragraphs of readable text under a node, one per block, whitespace inside each collapsed. */
export function blockText(nodes: readonly ChildNode[]): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/gu, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const visit = (node: ChildNode): void => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (!isElement(node)) return;
    const name = node.name.toLowerCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  for (const node of nodes) visit(node);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text of an HTML fragment (feed descriptions). */
export function htmlFragmentText(html: string): string {
  return blockText(parseDocument(html).children);
}

function meta(root: ChildNode[], keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const found = DomUtils.findOne((el) => el.name === 'meta' &&
      (el.attribs['property'] === key || el.attribs['name'] === key || el.attribs['itemprop'] === key), root, true);
    const content = found?.attribs['content']?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Reads a page: the article (else main, else body) text, title, canonical URL and publication date. */
export function htmlContent(html: string): HtmlContent {
  const doc = parseDocument(html);
  const root = doc.children;
  const pick = (name: string): Element | null => DomUtils.findOne((el) => el.name === name, root, true);
  const container = pick('article') ?? pick('main') ?? pick('body');
  const text = blockText(container ? [container] : root);
  const titleEl = pick('title');
  const title = meta(root, ['og:title']) ?? (titleEl ? DomUtils.textContent(titleEl).replace(/\s+/gu, ' ').trim() : undefined);
  const canonical = DomUtils.findOne((el) => el.name === 'link' && (el.attribs['rel'] ?? '').split(/\s+/u).includes('canonical'), root, true);
  const url = canonical?.attribs['href']?.trim() || meta(root, ['og:url']);
  const timeEl = DomUtils.findOne((el) => el.name === 'time' && typeof el.attribs['datetime'] === 'string', root, true);
  const published = meta(root, ['article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued'])
    ?? timeEl?.attribs['datetime']?.trim();
  return {
    text,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
  };
}
