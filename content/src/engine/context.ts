/** Building the context requirements are checked in. */
import type { PlainDate } from '../dates.ts';
import type { Rules } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { Status } from '../schemas/program.ts';
import type { RequirementContext } from './requirements.ts';
import { countedSales } from './sales.ts';

/** The context for checking `partner`'s requirements as of `asOf`, holding `status` since `statusSince`. */
export function requirementContext(
  rules: Rules, partner: Partner, asOf: PlainDate, status: Status, statusSince: PlainDate, reviewYearStart?: PlainDate,
): RequirementContext {
  return {
    rules,
    program: partner.program,
    sales: countedSales(partner.program.sales, asOf),
    asOf,
    statusSince,
    status,
    reviewYearStart,
  };
}
