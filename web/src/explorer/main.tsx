// Monaco's web workers, bundled by Vite from node_modules (the esm.sh variant would need the internet).
import 'graphiql/setup-workers/vite';
// GraphiQL's styles without `graphiql/style.css`, which inlines Roboto in every script (~200 kB gzipped) and a
// second copy of Monaco's CSS (Monaco's own modules import theirs). Fira Code stays: the editors ask for it by name.
import '@graphiql/react/font/fira-code.css';
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examplesPlugin } from './ExamplesPlugin';
import { examples } from './examples';
import { TrainingLabel } from './TrainingLabel';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const welcome = `# Penjelajah GraphQL — Dasbor Kesejahteraan Sosial
#
# Tulis kueri di sini dan jalankan dengan tombol ▶ (Ctrl+Enter). Ctrl+Spasi menampilkan saran
# bidang; ikon buku di kiri membuka pustaka contoh kueri beserta penjelasannya, ikon dokumen
# membuka dokumentasi skema.
# EN: Write a query and run it with ▶ (Ctrl+Enter); the book icon opens the example library.
`;

// Shown in the first tab of a browser that has not used the explorer before (GraphiQL keeps tabs in localStorage).
const defaultQuery = `${welcome}\n${examples[0]?.source ?? '{\n  regions(level: PROVINCE) {\n    code\n    name\n  }\n}\n'}`;
const plugins = [examplesPlugin];

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from explorer.html');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin={examplesPlugin}
      defaultQuery={defaultQuery}
      defaultEditorToolsVisibility={false}
    >
      <GraphiQL.Logo>
        <span className="kesra-logo">
          Penjelajah GraphQL · <a href="/">Dasbor</a> <TrainingLabel />
        </span>
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
