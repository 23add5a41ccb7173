/**
 * The content module: the one place that reads content files, shared by the site, the bot and the
 * CLIs. Re-exports only.
 */

// Loading and checking
export { checkContent, loadContent, loadPublicContent } from './src/load/content.ts';
export type { Content, LoadOptions, PublicContent } from './src/load/content.ts';
export { contentDir, projectRoot } from './src/config.ts';
export { ConfigError, parseEnv } from './src/env.ts';
export { ContentError, formatIssue } from './src/issues.ts';
export type { ContentIssue } from './src/issues.ts';
export { parsePartner, partnerSchemaFor } from './src/load/partners.ts';
export type { DocPage, DocSection, Passage } from './src/load/docs.ts';
export { parseDocHref } from './src/doc-links.ts';
export type { DocHref } from './src/doc-links.ts';

// Live content: loaded once, kept current, one snapshot per version
export { openContentSource, snapshotOf, startContentSource } from './src/live/source.ts';
export { directoryOf } from './src/live/derived.ts';
export type {
  ContentSnapshot as LiveContentSnapshot, ContentSource as LiveContentSource, ReloadResult as LiveReloadResult,
  SourceState, StartingContentSource,
} from './src/live/source.ts';

// Rules
export type { Rules } from './src/rules.ts';
export { courseName, listedStatuses, nextStatus, serviceName, statusById } from './src/rules.ts';
export { programFigures, statusComparison, statusTable } from './src/figures.ts';
export type { ComparisonRow } from './src/figures.ts';
export type { DeadlineKind, Status } from './src/schemas/program.ts';
export type { Partner, ProgramData, Sale } from './src/schemas/partner.ts';

// Rules engine
export { evaluatePartner, summarizeStanding } from './src/engine/evaluate.ts';
export type { BenefitState, KeepCheck, NextCheck, Standing } from './src/engine/evaluate.ts';
export type { Deadline } from './src/engine/deadlines.ts';
export { upcomingDeadlines } from './src/engine/deadlines.ts';
export type { RequirementResult } from './src/engine/requirements.ts';
export type { ReviewOutcome } from './src/engine/reviews.ts';
export { describeRequirement } from './src/engine/describe.ts';
export { plannedReminders } from './src/engine/reminders.ts';
export { partnerFromAnswers } from './src/engine/what-if.ts';
export type { EligibilityAnswers } from './src/engine/what-if.ts';
export type { PlannedReminder } from './src/engine/reminders.ts';

// Public projection and search
export { countryName, publicDirectory, toPublicPartner } from './src/public.ts';
export type { PublicPartner } from './src/public.ts';
export { buildSearchIndex, search } from './src/search.ts';
export { parseMarkdown, plainSummary, plainText } from './src/markdown.ts';
export type { SearchHit, SearchIndex, SearchTarget } from './src/search.ts';

// Dates and formatting
export { addDays, addMonths, daysBetween, formatDate, isPlainDate, todayUtc } from './src/dates.ts';
export type { PlainDate } from './src/dates.ts';
export { formatMoney, formatNumber, formatPercent } from './src/format.ts';
export { readNumber } from './src/numbers.ts';
export type { NumberCandidate, NumberReading, ReadNumberOptions } from './src/numbers.ts';

// Self-check and short answers from the docs (the bot's /check and free-text answers)
export { selfCheck, selfCheckQuestions, selfCheckSalesMonths } from './src/self-check.ts';
export type { SelfCheckAnswers, SelfCheckQuestion } from './src/self-check.ts';
export { answerQuestion } from './src/answers/answer.ts';
export { buildAnswerIndex } from './src/answers/scoring.ts';
export type { Answer, AnswerResult } from './src/answers/answer.ts';
export type { AnswerIndex } from './src/answers/scoring.ts';
export type { Requirement } from './src/schemas/requirement.ts';

// JSON Schemas of the content files, for editors (npm run schema)
export { contentJsonSchemas, eachField, schemaFileText } from './src/json-schema/build.ts';
export type { ContentJsonSchema, JsonSchema } from './src/json-schema/build.ts';
