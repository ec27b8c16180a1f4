/** The analysis: spec text in (through an injected reader), Report out. No I/O of its own. */
export {analyse, createAnalyser, type Analyser, type AnalysisOptions, type AnalysisRequest, type Estimated} from './analyser.js'
export {allInputs, InputNotFound, readerOf, specReadings, splitScenario, type InputRole, type Reader, type SourceText} from './inputs.js'
export {buildEstimateReport, unitConventionsOf, type ConventionEntry, type EstimateReport, type ScenarioSummary} from './estimate-report.js'
export type {DesignReport, Report, Requirements, Risk, WorkloadRequirement} from './report.js'
