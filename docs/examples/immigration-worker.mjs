// Immigration's system as a Prasan worker (docs/agency-systems.md), with the official
// Camunda client. It takes the topic immigration-status-check as the user immigration.system
// (group immigration-system) and answers immigrationStatus. Replace lookUpStatus with the
// call to Immigration's own records; never send a name or a document number back.
//
//   cd docs/examples && npm ci && node immigration-worker.mjs
//   ONCE=1 node immigration-worker.mjs      # one fetch, then exits (a first try by hand)
//   PRASAN_URL=http://localhost:8080/engine-rest PRASAN_USER=immigration.system \
//   PRASAN_PASSWORD=demo node immigration-worker.mjs
//   PRASAN_BUSINESS_KEY=SP-...              # only that person's check
//
// With ONCE=1 the worker fetches once (waiting up to asyncResponseTimeout for work), answers
// what it got and exits: 0 when it answered everything or found nothing, 1 when the fetch was
// refused (403: the user is not in immigration-system) or a task failed. The build runs it
// so (screening/ScreeningOperationsTest.OfficialNodeClientTest).
import {
  BasicAuthInterceptor,
  Client,
  logger,
  Variables,
} from "camunda-external-task-client-js";

const STATUSES = new Set([
  "LEFT_LEGALLY",
  "LEFT_LEGALLY_EXPIRED",
  "LEFT_IRREGULARLY",
  "FOREIGN_DOCUMENTED",
  "FOREIGN_UNDOCUMENTED",
]);

const once = Boolean(process.env.ONCE);

const client = new Client({
  baseUrl: process.env.PRASAN_URL ?? "http://localhost:8080/engine-rest",
  workerId: "immigration-records",
  maxTasks: once ? 1 : 10,
  lockDuration: 60_000,
  asyncResponseTimeout: 10_000,
  interceptors: new BasicAuthInterceptor({
    username: process.env.PRASAN_USER ?? "immigration.system",
    password: process.env.PRASAN_PASSWORD ?? "demo",
  }),
  use: logger,
});

if (once) {
  client.on("poll:success", (tasks) => {
    client.stop();
    if (tasks.length === 0) {
      console.log("nothing to take");
    }
  });
  client.on("poll:error", () => {
    client.stop();
    process.exitCode = 1;
  });
}

// Stand-in for Immigration's records: the person's ref and languages are all Prasan sends.
async function lookUpStatus(personRef) {
  return "FOREIGN_DOCUMENTED";
}

client.subscribe(
  "immigration-status-check",
  {
    variables: ["personRef", "operationId", "personLanguages"],
    businessKey: process.env.PRASAN_BUSINESS_KEY,
  },
  async ({ task, taskService }) => {
    const personRef = task.variables.get("personRef");
    try {
      const status = await lookUpStatus(personRef);
      if (!STATUSES.has(status)) {
        throw new Error(`unknown status ${status}`);
      }
      const answer = new Variables().set("immigrationStatus", status);
      await taskService.complete(task, answer);
      console.log(`${personRef}: ${status}`);
    } catch (error) {
      // The task goes back after a minute; if no answer comes before checkFallbackAfter,
      // Immigration's officers get it in the Tasklist.
      await taskService.handleFailure(task, {
        errorMessage: String(error.message ?? error).slice(0, 200),
        retries: 1,
        retryTimeout: 60_000,
      });
      process.exitCode = 1;
    }
  },
);
