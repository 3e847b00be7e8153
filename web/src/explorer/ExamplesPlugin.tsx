import { type GraphiQLPlugin, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { type Example, examples } from './examples';

/** Paragraphs of an explanation; lines indented by two spaces or more (commands) are shown as code. */
function Explanation({ lines }: { lines: string[] }) {
  const blocks: { code: boolean; lines: string[] }[] = [];
  for (const line of lines) {
    const code = /^\s{2,}\S/.test(line);
    const last = blocks.at(-1);
    if (line.trim() === '') blocks.push({ code: false, lines: [] });
    else if (last && last.code === code) last.lines.push(line);
    else blocks.push({ code, lines: [line] });
  }
  return (
    <>
      {blocks
        .filter((b) => b.lines.length > 0)
        .map((b) =>
          b.code ? (
            <pre key={b.lines[0]} className="kesra-example-code">
              {b.lines.map((l) => l.replace(/^\s{2}/, '')).join('\n')}
            </pre>
          ) : (
            <p key={b.lines[0]}>{b.lines.join(' ')}</p>
          ),
        )}
    </>
  );
}

function ExampleList() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { setOperationName } = useGraphiQLActions();
  const load = (example: Example) => {
    // Variables have defaults in the examples themselves; clear what a previous query left behind.
    variableEditor?.setValue('');
    queryEditor?.setValue(example.source);
    // GraphiQL reads the operation name from the editor 100 ms after a change; set it now so that running at
    // once does not send the previous query's name ("Unknown operation named …").
    if (example.operationName) setOperationName(example.operationName);
    queryEditor?.focus();
  };
  return (
    <section className="kesra-examples">
      <div className="graphiql-doc-explorer-title">Contoh kueri</div>
      <p>
        Klik judul untuk memuat contoh ke editor (menggantikan isi tab aktif; buka tab baru dengan + untuk menyimpan kueri Anda),
        lalu jalankan dengan tombol ▶ (Ctrl+Enter). Penjelasannya juga ada di komentar kueri.
      </p>
      {examples.length === 0 && <p>Belum ada contoh.</p>}
      {examples.map((example) => (
        <article key={example.file}>
          <button type="button" onClick={() => load(example)} title={`Muat ${example.file}`}>
            {example.title}
          </button>
          <Explanation lines={example.explanation} />
        </article>
      ))}
    </section>
  );
}

function BookIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Z" />
      <path d="M4 21a2 2 0 0 1 2-2h13v2H6" />
      <path d="M8 7h7M8 11h7" />
    </svg>
  );
}

/** Sidebar panel listing the example library. */
export const examplesPlugin: GraphiQLPlugin = {
  title: 'Contoh kueri',
  icon: BookIcon,
  content: ExampleList,
};
