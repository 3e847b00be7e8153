import { gql, type TypedDocumentNode } from '@apollo/client';
import { REGION_REF } from '../../data/fragments';
import type { RegionRef } from '../../data/types';

export interface ProgrammeInfo {
  code: string;
  scope: 'NATIONAL' | 'REGIONAL';
  parentCode: string | null;
  nameId: string;
  nameEn: string;
  recipientUnit: string | null;
}

export interface ProgrammeFigureInfo {
  programmeCode: string;
  regionCode: string;
  year: number;
  recipients: number | null;
  eligible: number | null;
  coverage: number | null;
  budgetAllocated: number | null;
  budgetSpent: number | null;
  absorption: number | null;
}

export interface ProgrammesData {
  programmes: ProgrammeInfo[];
  region: (RegionRef & { children: RegionRef[] }) | null;
  own: ProgrammeFigureInfo[];
  below: ProgrammeFigureInfo[];
}

const FIGURE_FIELDS = 'programmeCode regionCode year recipients eligible coverage budgetAllocated budgetSpent absorption';

/**
 * The catalogue, the region with its children, and the figures of the region and of the regions under it, in one
 * operation. For Indonesia `parent` is null: the figures of every region, of which the page keeps the provinces.
 */
export const PROGRAMMES: TypedDocumentNode<ProgrammesData, { code: string; parent: string | null }> = gql`
  query Programmes($code: String!, $parent: String) {
    programmes { code scope parentCode nameId nameEn recipientUnit }
    region(code: $code) { ${REGION_REF} children { ${REGION_REF} } }
    own: programmeFigures(regionCodes: [$code]) { ${FIGURE_FIELDS} }
    below: programmeFigures(parentCode: $parent) { ${FIGURE_FIELDS} }
  }
`;
