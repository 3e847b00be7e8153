// pnpm --filter @kesra/server bench:scale:generate [--force] — writes the synthetic scale data set (generate.ts) into
// SCALE_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/kesra_scale; its name must contain "scale").
import { generateScaleData } from './generate.js';
import { DEFAULT_SCALE_DATABASE_URL } from './synthetic.js';

const url = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_DATABASE_URL;
try {
  const report = await generateScaleData(url, { force: process.argv.includes('--force'), log: (line) => console.log(line) });
  if (report.generated) {
    console.log(`Generated ${report.observations.toLocaleString('en')} observations in ${(report.totalMs / 1000).toFixed(1)} s.`);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
}
