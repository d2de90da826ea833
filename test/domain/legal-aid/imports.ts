import { materialsFor, needsDeclaration } from '../../../src/domain/legal-aid';
import type { HardshipBasis, MatterKind } from '../../../src/shared/legal-aid';

export * from '../../../src/domain/legal-aid';

/** An exempt applicant's checklist asks for no declaration and no proof of income. */
export function asksNothingOfExempt(basis: HardshipBasis, matter: MatterKind): boolean {
  const list = materialsFor(basis, matter).join('|');
  return !needsDeclaration(basis, matter) && !/诚信承诺|收入|经济困难证明/.test(list);
}
