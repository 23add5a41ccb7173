/** Requirements in words, built from their data. */
import { formatMoney, formatNumber } from '../format.ts';
import type { Rules } from '../rules.ts';
import { courseName } from '../rules.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { trailingMonths } from '../schemas/requirement.ts';

/**
 * A requirement as a short phrase: "$/€2,500 in sales over the last 12 months".
 * `whileStatus` names the status a `whileCurrentStatus` sales requirement refers to.
 */
export function describeRequirement(rules: Rules, requirement: Requirement, whileStatus?: string): string {
  switch (requirement.kind) {
    case 'sales': {
      const amount = formatMoney(rules, requirement.amount);
      const as = requirement.whileCurrentStatus ? ` as a ${whileStatus ?? 'partner of the status below'} partner` : '';
      return requirement.window === 'trailing'
        ? `${amount} in sales${as} over the last ${formatNumber(trailingMonths(requirement))} months`
        : `${amount} in sales${as} in the review year`;
    }
    case 'clients':
      return `Sales to ${formatNumber(requirement.count)} different clients`;
    case 'course':
      return `${courseName(rules, requirement.course)} completed`;
    case 'endorsement':
      return requirement.channel === 'website' ? 'Products endorsed on your website' : 'Products endorsed on your social media';
    case 'first-line-support':
      return 'First-line support for clients by e-mail and phone';
    case 'case-study':
      return 'A case study of a recent project';
    case 'marketing-plan':
      return 'A mid-term marketing plan';
    case 'product-presentation':
      return 'A product presentation (webinar or recording)';
    case 'nfr-cloud':
      return 'An NFR cloud subscription claimed';
  }
}
