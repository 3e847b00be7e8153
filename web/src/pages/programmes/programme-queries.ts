import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { ProgrammesQuery } from '../../gql/graphql';

/**
 * The catalogue, the region with its children, and the figures of the region and of the regions under it, in one
 * operation. For Indonesia `parent` is null: the figures of every region, of which the page keeps the provinces.
 */
export const PROGRAMMES = graphql(`
  query Programmes($code: String!, $parent: String) {
    programmes { code scope parentCode nameId nameEn recipientUnit }
    region(code: $code) { code name level kind children { code name level kind } }
    own: programmeFigures(regionCodes: [$code]) { ...ProgrammeFigureFields }
    below: programmeFigures(parentCode: $parent) { ...ProgrammeFigureFields }
  }

  fragment ProgrammeFigureFields on ProgrammeFigure {
    programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption
  }
`);

export type ProgrammesData = Plain<ProgrammesQuery>;
export type ProgrammeInfo = ProgrammesData['programmes'][number];
export type ProgrammeFigureInfo = ProgrammesData['own'][number];
