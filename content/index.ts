/**
 * The content module: the one place that reads content files, shared by the site, the bot and the
 * CLIs. Re-exports only.
 */

// Loading and checking
export { checkContent, loadContent, loadPublicContent } from './src/load/content.ts';
export type { Content, LoadOptions, PublicContent } from './src/load/content.ts';
export { contentDir, projectRoot } from './src/config.ts';
export { checkWithCache } from './src/live/start-cache.ts';
export { ConfigError, parseEnv } from './src/env.ts';
export { ContentError, formatIssue, parseWithFriendlyErrors } from './src/issues.ts';
export type { ContentIssue } from './src/issues.ts';
export { parsePartner } from './src/load/partners.ts';
export type { DocPage, DocSection, Passage } from './src/load/docs.ts';
export { parseDocHref } from './src/doc-links.ts';
export type { DocHref } from './src/doc-links.ts';

// Live content: loaded once, kept current, one snapshot per version
export { openContentSource, snapshotOf, startContentSource } from './src/live/source.ts';
export { directoryIndexOf, directoryOf, indexOf, understandingOf, warmIndexOf } from './src/live/derived.ts';
export type {
  ContentSnapshot as LiveContentSnapshot, ContentSource as LiveContentSource, ReloadResult as LiveReloadResult,
  SourceState, StartingContentSource,
} from './src/live/source.ts';

// Rules
export type { Rules } from './src/rules.ts';
export { courseName, listedStatuses, serviceName, statusById } from './src/rules.ts';
export { statusComparison } from './src/figures.ts';
export type { ComparisonRow } from './src/figures.ts';
export type { DeadlineKind, Status } from './src/schemas/program.ts';
export type { Partner, PartnerProfile, ProgramData, Sale } from './src/schemas/partner.ts';

// Rules engine
export { beyondNext, evaluatePartner, partnerRecord, summarizeStanding } from './src/engine/evaluate.ts';
export type { BenefitState, BeyondCheck, KeepCheck, NextCheck, SalesFigure, Standing } from './src/engine/evaluate.ts';
export type { AdviceCode, Deadline } from './src/engine/deadlines.ts';
export type { NfrCopy } from './src/engine/nfr.ts';
export { upcomingDeadlines } from './src/engine/deadlines.ts';
export type { RequirementResult } from './src/engine/requirements.ts';
export type { ReviewOutcome } from './src/engine/reviews.ts';
export { requirementMessage } from './src/engine/describe.ts';
export { plannedReminders } from './src/engine/reminders.ts';
export { partnerFromAnswers } from './src/engine/what-if.ts';
export type { EligibilityAnswers } from './src/engine/what-if.ts';
export type { PlannedReminder } from './src/engine/reminders.ts';

// Implementation requests: who receives one, in what order, the rating, a client's form, the desk
export { eligiblePartners, hasRequestAccess, leadBarrier, mayFit, partnerLocations, requestKindById } from './src/leads/eligibility.ts';
export type { LeadBarrier, RequestTarget } from './src/leads/eligibility.ts';
export { partnerRating, ratingPercent, unlockedAt } from './src/leads/rating.ts';
export type { Rating, ReportedOutcome } from './src/leads/rating.ts';
export { offerOrder } from './src/leads/offer-order.ts';
export type { OfferCandidate } from './src/leads/offer-order.ts';
export { readRequest, REQUEST_FIELDS, REQUEST_LIMITS } from './src/leads/request.ts';
export type { FieldProblem, NewRequest, ReadRequestOptions, RequestField, RequestReading } from './src/leads/request.ts';
export { notifyOnSubmit } from './src/leads/desk.ts';
export type { ClientView, CloseReason, RequestDesk, ReservationView, SiteRequests, SubmitOptions, SubmitResult } from './src/leads/desk.ts';
export type { OfferOrderKey, RequestKind } from './src/schemas/program.ts';

// Public projection and search
export { countryName, descriptionIn, publicDirectory } from './src/public.ts';
export type { LocalizedDescription, PublicPartner } from './src/public.ts';
export { parseMarkdown, plainSummary, plainText } from './src/markdown.ts';
export { buildContentIndex } from './src/search/content-index.ts';
export type { ContentIndex } from './src/search/content-index.ts';
export { cityKey, FILTER_DIMENSIONS, SearchIndex } from './src/search/directory-index.ts';
export type { FilterDimension, QueryReading, TextMatch, UnderstoodFilter } from './src/search/directory-index.ts';
export { Bits } from './src/search/bits.ts';

// Languages: the catalogs (content/locales/<locale>/*.ftl) and a translator per locale
export { loadCatalogs } from './src/i18n/catalogs.ts';
export type { Catalogs } from './src/i18n/catalogs.ts';
export { acceptedLanguages, englishName, localesOf, matchLocale, SOURCE_LOCALE } from './src/i18n/locales.ts';
export type { LocaleInfo } from './src/i18n/locales.ts';
export { DIRECTORY_PATH, docPath, isPagePath, localizedHref, localizedPath, partnerPath } from './src/i18n/paths.ts';
export { docsIn, sectionIn } from './src/i18n/docs-in.ts';
export type { DocsByLocale } from './src/i18n/docs-in.ts';
export { bundleFunctions, catalogText, formatsFor, intlTag, translatorFor } from './src/i18n/translator.ts';
export type { Formats, Translator } from './src/i18n/translator.ts';
export { knowledgeOf, translatorOf } from './src/live/derived.ts';
// What the engine says, as data (codes and parameters), and the rules' own words
export { inline, isMessage, list, msg, renderMessage, ruleText } from './src/i18n/message.ts';
export type { Message, MessageList, MessageParam, MessageWords } from './src/i18n/message.ts';
export {
  benefitWord, bonusUseWord, courseSummaryWord, courseWord, deadlineWord, programNameWord, requestKindWord, ruleTextIds,
  serviceSummaryWord, serviceWord, statusSummaryWord, statusWord, statusWordOf, textId,
} from './src/i18n/rule-words.ts';

// Dates and formatting
export { addDays, addMonths, daysBetween, formatDate, isPlainDate, todayUtc } from './src/dates.ts';
export type { PlainDate } from './src/dates.ts';
export { csvField, formatMoney, formatNumber, formatPercent } from './src/format.ts';
export { groupMark, readNumber } from './src/numbers.ts';
export type { NumberCandidate, NumberReading, ReadNumberOptions } from './src/numbers.ts';

// Self-check (the bot's /check)
export { selfCheck, selfCheckQuestions, selfCheckSalesMonths } from './src/self-check.ts';
export type { SelfCheckAnswers, SelfCheckQuestion } from './src/self-check.ts';
export type { Requirement } from './src/schemas/requirement.ts';

// Understanding questions: facts from the rules, the docs passages, answers as data
export { buildFacts } from './src/facts/index.ts';
export type { Decision, Fact, FactCode, FactData, FactMatch, FactTier } from './src/facts/index.ts';
export { buildKnowledge, buildUnderstanding } from './src/understand/knowledge.ts';
export type { KnowledgeSource } from './src/understand/knowledge.ts';
export { answerProgram } from './src/understand/program.ts';
export { answerQuestion } from './src/understand/answer.ts';
export type { Answer, AnswerPart, Asker } from './src/understand/answer.ts';
export { personalAnswer, personalKind } from './src/understand/personal.ts';
export type { MyBeyond, MySalesFigure, PersonalAnswer, PersonalData, PersonalKind } from './src/understand/personal.ts';
export type { Knowledge, PartAnswer, PassageAnswer, ProgramAnswer } from './src/understand/program.ts';
export type { SectionRef } from './src/understand/passages.ts';
export { Understanding } from './src/understand/understanding.ts';
export type { Entity, EntityKind, Reading, WordCorrection } from './src/understand/understanding.ts';
export type { Verdict } from './src/understand/decide.ts';
export { languageCodes, languageData } from './src/understand/language.ts';
export type { Aspect, LanguageData } from './src/understand/language.ts';
export type { Glossary } from './src/load/glossary.ts';
export type { GlossaryEntry } from './src/schemas/glossary.ts';

// JSON Schemas of the content files, for editors (npm run schema)
export { contentJsonSchemas, eachField, schemaFileText } from './src/json-schema/build.ts';
export type { ContentJsonSchema, JsonSchema } from './src/json-schema/build.ts';
