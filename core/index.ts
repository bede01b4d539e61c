// The public surface of core/: the standards as data, the schemas, the pure rule engine.
export * from './dates.ts';
export * from './messages.ts';
export * from './i18n.ts';
export * from './input.ts';
export {
  InputFailure,
  isInputFailure,
  errorMessages,
  errorText,
  inputError,
  printable,
  stripControls,
  looksLikeCode,
  shownValue,
  describeLocation,
} from './errors.ts';
export type { ErrorCode, ErrorLocation, LocalizedParams } from './errors.ts';
export { isPesel, looksLikeName, isPseudonymousId, pseudonymousIdProblem } from './pseudonymous.ts';
export * from './schema/common.ts';
export * from './schema/standard.ts';
export * from './schema/policy.ts';
export * from './schema/case-record.ts';
export * from './schema/time-use.ts';
export * from './schema/report.ts';
export { STAGES, stageOrder } from './data/stages.ts';
export { TOOLS, ALTERNATIVES, toolName } from './data/tools.ts';
export { STANDARDS } from './data/standards.ts';
export { INSTITUTION_MODELS, ORGANISATIONAL_CONDITIONS } from './data/institutions.ts';
export { SERVICE_ORGANISATION_STAGES } from './data/service-organisation.ts';
export { TIME_USE_CATEGORIES } from './data/time-use-categories.ts';
export {
  compileRules,
  DEFAULT_POLICY,
  DEFAULT_SEVERITIES,
  DEFAULT_TIME_FRAMES,
  appliesTo,
} from './engine/rules.ts';
export type { Rules, CompiledRequirement } from './engine/rules.ts';
export { evaluateCase, CASE_RULES } from './engine/evaluate-case.ts';
export type { CaseEvaluation } from './engine/evaluate-case.ts';
export type { ChecklistItem, ChecklistStatus } from './engine/checklist.ts';
export type { Finding } from './engine/finding.ts';
export { caseloadByWorker, caseloadFromCounts } from './engine/caseload.ts';
export type { Caseload, CaseloadCount, CaseloadRow, CaseloadStatus } from './engine/caseload.ts';
export { completeness } from './engine/completeness.ts';
export type { CompletenessReport, Gap } from './engine/completeness.ts';
export { workloadAnalysis } from './engine/workload.ts';
export type { Workload, WorkloadTable, WorkloadRow } from './engine/workload.ts';
export { checkCaseFile } from './engine/check.ts';
export type { EvaluationCache } from './engine/check.ts';
export { demoDataset, DEMO_WORKERS } from './demo/demo-data.ts';
export type { DemoDataset, DemoWorker } from './demo/demo-data.ts';
export { demoWorkerRecords } from './demo/demo-records.ts';
export { assessInstitution } from './engine/institution.ts';
export type { InstitutionAssessment, StaffingLine } from './engine/institution.ts';
export * from './register/index.ts';
export { buildAudit, gapsCsv } from './engine/audit.ts';
export * from './cases/index.ts';
export * from './team/index.ts';
export type { Audit } from './engine/audit.ts';
