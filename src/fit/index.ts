/**
 * Fitting distributions to data: handle times (lognormal), patience from censored waits
 * (exponential), and a goodness-of-fit distance. Knows nothing of contacts or scenarios beyond
 * returning a distribution spec the scenario format accepts.
 *
 * @module
 */
export { fitExponentialCensored } from './censored-exponential';
export type { CensoredWait, ExponentialPatienceFit } from './censored-exponential';
export { fitLognormal } from './lognormal-fit';
export type { LognormalFit } from './lognormal-fit';
export { ksDistance } from './ks-distance';
export { fitWeibullCensored, ZERO_WAIT } from './censored-weibull';
export type { WeibullPatienceFit } from './censored-weibull';
export { kaplanMeier, restrictedMean } from './kaplan-meier';
export type { SurvivalStep } from './kaplan-meier';
