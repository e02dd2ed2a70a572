import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readDocuments, walkInputs, type ReadItem } from './read-documents.js';
import { contentId } from './document-id.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-io-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function read(path: string, options = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readDocuments(path, options)) out.push(item);
  return out;
}

/** A compact view of an item: the document's fields, or the problem code. */
function view(item: ReadItem): Record<string, unknown> {
  if (!item.ok) return { problem: item.error.problem, input: item.error.input.replace(dir + '/', '') };
  const { origin, ...rest } = item.doc;
  return { ...rest, origin: origin?.replace(dir + '/', '') };
}

const PAGE = `<!doctype html><html><head><title>Ignored title</title>
<meta property="og:title" content="Talks in Beijing">
<meta property="article:published_time" content="2024-03-01T08:00:00Z">
<link rel="canonical" href="https://example.com/talks"><script>var x = "not text";</script></head>
<body><nav>Home | World</nav><article><h1>Talks in Beijing</h1>
<p>BEIJING (Reuters) - Wang Yi met Antony&nbsp;Blinken on Friday.</p>
<p>The two   sides agreed   to keep talking.</p><footer>Copyright</footer></article></body></html>`;

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><link>https://example.com/1</link><guid>g-1</guid>
<pubDate>Fri, 01 Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>Iran arrested protesters.</p>]]></description></item>
<item><title>Second</title><link>https://example.com/2</link><description>Troops moved &lt;b&gt;north&lt;/b&gt;.</description></item>
<item><title>Third</title><link>https://example.com/3</link><description></description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>urn:x:1</id><title>One</title><link href="https://example.org/one"/><updated>2024-02-02T00:00:00Z</updated>
<summary>Leaders met in Paris.</summary></entry></feed>`;

describe('readDocuments', () => {
  const table: [string, string | Buffer, Record<string, unknown>, Record<string, unknown>[]][] = [
    ['story.txt', 'Wang Yi met Blinken.\n', { date: '2024-03-01' },
      [{ id: contentId('Wang Yi met Blinken.\n'), text: 'Wang Yi met Blinken.\n', date: '2024-03-01', origin: 'story.txt' }]],
    ['bom.txt', '\uFEFFText after a BOM.', {}, [{ id: contentId('Text after a BOM.'), text: 'Text after a BOM.', origin: 'bom.txt' }]],
    ['page.html', PAGE, { date: '2000-01-01' }, [{
      id: contentId('Talks in Beijing\n\nBEIJING (Reuters) - Wang Yi met Antony Blinken on Friday.\n\nThe two sides agreed to keep talking.'),
      text: 'Talks in Beijing\n\nBEIJING (Reuters) - Wang Yi met Antony Blinken on Friday.\n\nThe two sides agreed to keep talking.',
      date: '2024-03-01', title: 'Talks in Beijing', url: 'https://example.com/talks', origin: 'page.html',
    }]],
    ['lines.jsonl', [
      '{"id":"n1","text":"Russia shelled Kharkiv.","date":"2024-03-01","url":"https://x.org/1","title":"T"}',
      '',
      '{"text":"No id here.","date":"2024-03-02T10:00:00Z"}',
      '{"id":7,"text":"Numeric id."}',
      '{"id":"bad", "text": ',
      '["not", "an", "object"]',
      '{"id":"notext","body":"x"}',
      '{"id":"d","text":"x","date":"2024-13-45"}',
    ].join('\n'), { date: '2024-01-01' }, [
      { id: 'n1', text: 'Russia shelled Kharkiv.', date: '2024-03-01', url: 'https://x.org/1', title: 'T', origin: 'lines.jsonl:1' },
      { id: contentId('No id here.'), text: 'No id here.', date: '2024-03-02', origin: 'lines.jsonl:3' },
      { id: '7', text: 'Numeric id.', date: '2024-01-01', origin: 'lines.jsonl:4' },
      { problem: 'malformed-json', input: 'lines.jsonl:5' },
      { problem: 'malformed-json', input: 'lines.jsonl:6' },
      { problem: 'missing-text', input: 'lines.jsonl:7' },
      { problem: 'bad-date', input: 'lines.jsonl:8' },
    ]],
    ['packed.jsonl.gz', gzipSync('{"id":"z1","text":"Compressed."}\n{"id":"z2","text":"Also."}\n'), {}, [
      { id: 'z1', text: 'Compressed.', origin: 'packed.jsonl.gz:1' },
      { id: 'z2', text: 'Also.', origin: 'packed.jsonl.gz:2' },
    ]],
    ['wire.rss', RSS, {}, [
      { id: 'g-1', text: 'Iran arrested protesters.', date: '2024-03-01', title: 'First', url: 'https://example.com/1', origin: 'wire.rss#1' },
      { id: 'https://example.com/2', text: 'Troops moved north.', title: 'Second', url: 'https://example.com/2', origin: 'wire.rss#2' },
      { problem: 'html-without-text', input: 'wire.rss#3' },
    ]],
    ['feed.atom', ATOM, {}, [
      { id: 'urn:x:1', text: 'Leaders met in Paris.', date: '2024-02-02', title: 'One', url: 'https://example.org/one', origin: 'feed.atom#1' },
    ]],
  ];
  for (const [name, content, options, expected] of table) {
    it(`reads ${name}`, async () => {
      const items = await read(file(name, content), options);
      assert.deepEqual(items.map(view), expected);
    });
  }

  const negative: [string, string | Buffer, string][] = [
    ['empty.txt', '', 'empty'],
    ['blank.txt', '  \n\n ', 'empty'],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), 'binary'],
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), 'not-utf8'],
    ['empty.html', '<html><head><title>x</title><script>a()</script></head><body><nav>menu</nav></body></html>', 'html-without-text'],
    ['empty.jsonl', '\n\n', 'empty'],
    ['broken.jsonl.gz', Buffer.from('not gzip at all'), 'unreadable'],
    ['notafeed.xml', '<note><to>x</to></note>', 'malformed-feed'],
    ['data.csv', 'a,b', 'unsupported-format'],
  ];
  for (const [name, content, problem] of negative) {
    it(`reports ${name} as ${problem} and goes on`, async () => {
      const items = await read(file(name, content));
      assert.deepEqual(items.map((i) => (i.ok ? 'ok' : i.error.problem)), [problem]);
      assert.ok(!items[0]?.ok && items[0]?.error.message.includes(name), 'the message names the input');
    });
  }

  it('walks folders recursively in name order, skipping hidden and unknown files', async () => {
    const root = join(dir, 'tree');
    file('tree/b/2.txt', 'two');
    file('tree/a.txt', 'one');
    file('tree/b/c/3.jsonl', '{"text":"three"}');
    file('tree/.hidden.txt', 'hidden');
    file('tree/notes.md', 'skip me');
    const { files, errors } = await walkInputs([root, join(dir, 'missing.txt')]);
    assert.deepEqual(files.map((f) => f.path.replace(root + '/', '')), ['a.txt', 'b/2.txt', 'b/c/3.jsonl']);
    assert.deepEqual(errors.map((e) => e.problem), ['not-found']);
    const items = await read(root);
    assert.deepEqual(items.map((i) => (i.ok ? i.doc.text : i.error.problem)), ['one', 'two', 'three']);
  });

  it('reads JSON Lines from stdin', async () => {
    const items = await read('-', { stdin: Readable.from([Buffer.from('{"id":"s","text":"From stdin."}\n')]) });
    assert.deepEqual(items.map(view), [{ id: 's', text: 'From stdin.', origin: 'stdin:1' }]);
  });
});
