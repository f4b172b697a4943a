package org.sitrep.spark;

/**
 * What a job did: inputs and records, stories and the groups they were linked in (the largest bounds one
 * task's memory), the cores it ran on, and seconds per phase (analysis includes reading and model loading).
 */
public record JobSummary(long files, long articles, long failed, long stories, long storyGroups,
                         long largestStoryGroup, int cores, String master, double analyzeSeconds,
                         double jsonlSeconds, double parquetSeconds, double storySeconds, double totalSeconds) {
  /** Articles per second over the whole job. */
  public double articlesPerSecond() {
    return totalSeconds <= 0 ? 0 : articles / totalSeconds;
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT, "%d files, %d articles (%d with errors), %d stories in %d groups"
            + " (largest %d articles); %s, %d cores; %.1f s (analysis %.1f, JSONL %.1f, Parquet %.1f, stories %.1f),"
            + " %.2f articles/s", files, articles, failed, stories, storyGroups, largestStoryGroup, master, cores,
        totalSeconds, analyzeSeconds, jsonlSeconds, parquetSeconds, storySeconds, articlesPerSecond());
  }
}
