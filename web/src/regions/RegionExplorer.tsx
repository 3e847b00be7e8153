import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { RegionKind } from '../gql/graphql';
import { useUrlParam } from '../url-state';

/** What the labels need of a region (ancestors are selected without `kind`). */
interface RegionSummary {
  level: string;
  kind?: RegionKind | null;
}

const REGION = graphql(`
  query RegionExplorer($code: String!) {
    region(code: $code) {
      code bpsCode name level kind
      ancestors { code name level }
      children { code bpsCode name level kind }
    }
  }
`);
const SEARCH = graphql(`
  query RegionExplorerSearch($search: String!) {
    regions(search: $search, limit: 20) { code bpsCode name level kind }
  }
`);

const LEVEL_LABEL: Record<string, string> = {
  NATIONAL: 'Nasional',
  PROVINCE: 'Provinsi',
  REGENCY_CITY: 'Kabupaten/Kota',
  DISTRICT: 'Kecamatan',
  VILLAGE: 'Desa/Kelurahan',
};
const CHILD_LEVEL_LABEL: Record<string, string> = {
  NATIONAL: 'Provinsi',
  PROVINCE: 'Kabupaten/kota',
  REGENCY_CITY: 'Kecamatan',
  DISTRICT: 'Desa/kelurahan',
};

function kindLabel(r: RegionSummary): string {
  if (r.kind === 'CITY') return 'Kota';
  if (r.kind === 'REGENCY') return 'Kabupaten';
  return LEVEL_LABEL[r.level] ?? r.level;
}

function RegionSearch({ onPick }: { onPick: (code: string) => void }) {
  const [term, setTerm] = useState('');
  const trimmed = term.trim();
  const { data, loading, error } = useQuery(SEARCH, {
    variables: { search: trimmed },
    skip: trimmed.length < 2,
  });
  return (
    <div className="region-search">
      <label htmlFor="region-search">Cari wilayah (nama atau kode)</label>
      <input
        id="region-search"
        type="search"
        value={term}
        placeholder="mis. Gorontalo, 75.01, 7501"
        autoComplete="off"
        onChange={(e) => setTerm(e.target.value)}
      />
      {trimmed.length >= 2 && (
        <ul className="search-results" aria-live="polite">
          {loading && <li className="muted">Mencari…</li>}
          {error && <li className="error">Pencarian gagal: {error.message}</li>}
          {data?.regions.length === 0 && <li className="muted">Tidak ada wilayah yang cocok dengan “{trimmed}”.</li>}
          {data?.regions.map((r) => (
            <li key={r.code}>
              <button
                type="button"
                onClick={() => {
                  onPick(r.code);
                  setTerm('');
                }}
              >
                {r.name}{' '}
                <span className="muted">
                  · {kindLabel(r)} · {r.code}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function RegionExplorer() {
  const [codeParam, setCode] = useUrlParam('wilayah');
  const code = codeParam ?? 'ID';
  const { data, loading, error } = useQuery(REGION, { variables: { code } });
  const region = data?.region;

  return (
    <section className="region-explorer">
      <RegionSearch onPick={setCode} />
      {loading && <p className="muted">Memuat data wilayah…</p>}
      {error && <p className="error">Data wilayah tidak dapat dimuat: {error.message}</p>}
      {!loading && !error && !region && <p className="error">Wilayah dengan kode “{code}” tidak ditemukan.</p>}
      {region && (
        <>
          <nav aria-label="Hierarki wilayah" className="breadcrumb">
            {region.ancestors.map((a) => (
              <span key={a.code}>
                <button type="button" className="link" onClick={() => setCode(a.code)}>
                  {a.name}
                </button>{' '}
                ›{' '}
              </span>
            ))}
            <strong>{region.name}</strong>
          </nav>
          <h2>
            {region.name} <span className="muted">({kindLabel(region)})</span>
          </h2>
          <dl className="codes">
            <dt>Kode Kemendagri</dt>
            <dd>{region.code === 'ID' ? '—' : region.code}</dd>
            <dt>Kode BPS</dt>
            <dd>{region.bpsCode ?? <span className="muted">belum tercatat</span>}</dd>
          </dl>
          {region.children.length > 0 && (
            <>
              <h3>
                {CHILD_LEVEL_LABEL[region.level] ?? 'Wilayah'} ({region.children.length.toLocaleString('id-ID')})
              </h3>
              <table className="regions-table">
                <thead>
                  <tr>
                    <th scope="col">Nama</th>
                    <th scope="col">Jenis</th>
                    <th scope="col">Kode Kemendagri</th>
                    <th scope="col">Kode BPS</th>
                  </tr>
                </thead>
                <tbody>
                  {region.children.map((c) => (
                    <tr key={c.code}>
                      <td>
                        <button type="button" className="link" onClick={() => setCode(c.code)}>
                          {c.name}
                        </button>
                      </td>
                      <td>{kindLabel(c)}</td>
                      <td>{c.code}</td>
                      <td>{c.bpsCode ?? <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
