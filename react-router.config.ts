import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  ssr: true,
  // BUILD_DIR lets several builds of one tree live side by side (e.g. engineers working in parallel).
  buildDirectory: process.env.BUILD_DIR || "build",
} satisfies Config;
