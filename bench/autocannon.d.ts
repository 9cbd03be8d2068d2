// The few parts of autocannon (which ships no types) that the benchmarks use.
declare module "autocannon" {
  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };
  export type Result = {
    url: string;
    duration: number;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    workers?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    /** Each connection sends these in turn, round and round. */
    requests?: { path?: string; method?: string; headers?: Record<string, string> }[];
    /** Replaces `[<id>]` in each request with a new unique id. */
    idReplacement?: boolean;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
