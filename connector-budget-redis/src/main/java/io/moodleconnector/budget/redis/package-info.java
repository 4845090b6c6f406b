/**
 * A {@link io.moodleconnector.spi.SiteBudget} shared by every worker of a platform through Redis, so that N workers
 * calling one Moodle site send one site's budget, not N. Built on Redisson: an {@code RPermitExpirableSemaphore}
 * per site bounds requests in flight (each permit leased, so a worker that dies mid-request gives it back when the
 * lease ends) and an {@code RRateLimiter} per site bounds request starts per second. {@link
 * io.moodleconnector.budget.redis.RedisSiteBudget} is the entry point; {@link
 * io.moodleconnector.budget.redis.RedisBudgetSettings} its configuration; {@link
 * io.moodleconnector.budget.redis.LocalShare} what a worker uses while Redis cannot be reached, when set to.
 */
package io.moodleconnector.budget.redis;
