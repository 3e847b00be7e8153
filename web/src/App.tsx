import { RegionExplorer } from './regions/RegionExplorer';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Dasbor Kesejahteraan Sosial</h1>
        <p className="subtitle">Data wilayah, indikator, dan target pembangunan kesejahteraan sosial</p>
      </header>
      <main>
        <RegionExplorer />
      </main>
    </div>
  );
}
