/**
 * A center's own data: call records imported through a column mapping, staffing inferred from
 * them, distributions fitted, days replayed through the simulator and compared with what was
 * observed, and unknowns calibrated. Above the experiment layer; knows nothing of files (the CLI
 * reads them).
 *
 * @module
 */
export { recordsOfDay } from './call-record';
export type { CallRecord, DropCount, ImportedRecords, RecordOutcome } from './call-record';
export { BANK_MAPPING, BUILT_IN_MAPPINGS, parseMapping, ROUTELAB_MAPPING } from './mapping';
export type { NameColumn, OutcomeMeaning, RecordMapping, TimeColumn } from './mapping';
export { formatRecordIssue, RecordsError } from './records-error';
export type { RecordIssue } from './records-error';
export { importCallRecords } from './import-records';
export type { ImportOptions } from './import-records';
export { agentsSeen, busyAgents, inferStaffing, sessionAgents, STAFFING_ESTIMATES, staffingPlan, workSessions } from './staffing-inference';
export type { StaffingEstimateName, StaffingEstimates, StaffingInferenceOptions } from './staffing-inference';
export { FIT_MEAN_TOLERANCE, fitRecords } from './record-fits';
export type { HandleTimeModel, PatienceModel, RecordFitOptions, RecordFits } from './record-fits';
export { fitPatience } from './patience-fit';
export type { PatienceFitOptions, PatienceFits } from './patience-fit';
export { daySegments, fitSegmentPatience, NO_PRIORITY_SEGMENT, segmentNameOf } from './segment-patience';
export type { SegmentPatience } from './segment-patience';
export { FIGURE_MEASURES, figuresOf, hourlyFigures } from './day-figures';
export type { DayFigures, FigureMeasure, OfferedContact } from './day-figures';
export { arrivalProfile, busynessFactor, weekdayOf } from './arrival-profile';
export type { ArrivalProfile } from './arrival-profile';
export { dayScenario } from './day-scenario';
export type { DayScenarioInputs, DaySegment } from './day-scenario';
export { simulateDay } from './day-runs';
export type { SimulateDayOptions, SimulatedDay } from './day-runs';
export { checkDays, daysOf, replayDays } from './replay';
export type { DayModel, DayReplay, ReplayOptions, ReplayResult } from './replay';
export { compareMeasure, compareReplay } from './replay-comparison';
export type { DayComparison, MeasureComparison, ReplayComparison, ReplaySummaryRow } from './replay-comparison';
export { calibrate, CALIBRATION_RANGES, CALIBRATION_TARGETS, CALIBRATION_UNKNOWNS } from './calibrate';
export type { CalibrationOptions, CalibrationResult, CalibrationStep, CalibrationTarget, CalibrationUnknown } from './calibrate';
export { calibrateJointly } from './calibrate-jointly';
export type { CalibrationPair, JointCalibrationOptions, JointCalibrationResult } from './calibrate-jointly';
export { callRecordsCsv, recordRows, ROUTELAB_RECORD_COLUMNS, synthesizeCallRecords } from './synthetic-records';
export type { RecordValue, SyntheticOptions } from './synthetic-records';
