import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgrammeDefinition } from '../catalogue/definitions.js';
import { seedDir } from '../config.js';

/** An entry of prisma/seed/programmes.json (national programmes and the Permendagri 90/2019 nomenclature). */
export type CatalogueProgramme = Omit<ProgrammeDefinition, 'regionCode'> & { regionCode?: string | null };

export function readProgrammeCatalogue(): CatalogueProgramme[] {
  return JSON.parse(readFileSync(join(seedDir, 'programmes.json'), 'utf8')) as CatalogueProgramme[];
}
