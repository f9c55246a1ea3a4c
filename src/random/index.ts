/**
 * routelab/random: named seeded streams and distributions. Knows nothing of contacts.
 * @module
 */
export type { UniformSource } from './uniform-source';
export { RandomStream, RandomStreams } from './streams';
export { FixedUniformSource } from './fixed-uniform-source';

export { normalCdf, normalPdf, normalQuantile, normalSurvival } from './special/normal';
export { lnGamma, regularizedGammaP, regularizedGammaQ } from './special/gamma-functions';

export type { Distribution, DistributionSpec } from './distributions/distribution';
export { toSpec } from './distributions/distribution';
export { fromSpec, distributionKinds } from './distributions/from-spec';
export { exponential } from './distributions/exponential';
export type { ExponentialParams } from './distributions/exponential';
export { deterministic } from './distributions/deterministic';
export type { DeterministicParams } from './distributions/deterministic';
export { uniform } from './distributions/uniform';
export type { UniformParams } from './distributions/uniform';
export { truncatedNormal } from './distributions/truncated-normal';
export type { TruncatedNormalParams } from './distributions/truncated-normal';
export { lognormal } from './distributions/lognormal';
export type { LognormalParams } from './distributions/lognormal';
export { gamma, sampleStandardGamma } from './distributions/gamma';
export type { GammaParams } from './distributions/gamma';
export { erlang } from './distributions/erlang';
export type { ErlangParams } from './distributions/erlang';
export { weibull } from './distributions/weibull';
export type { WeibullParams } from './distributions/weibull';
export { hyperexponential, hyperexponentialFromMeanCv } from './distributions/hyperexponential';
export type { HyperexponentialParams, MeanCvParams } from './distributions/hyperexponential';
export { triangular } from './distributions/triangular';
export type { TriangularParams } from './distributions/triangular';
export { empirical } from './distributions/empirical';
export type { EmpiricalParams } from './distributions/empirical';
export { mixture } from './distributions/mixture';
export type { MixtureParams } from './distributions/mixture';
