// PostGraphile 5 asks for Node 22 and uses one thing Node 20 lacks, Promise.withResolvers; the project runs on
// Node 20, so both servers are measured on it, with this stand-in (a few lines, nothing in the hot path beyond it).
interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}
const promiseClass = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (!promiseClass.withResolvers) {
  promiseClass.withResolvers = <T>() => {
    let resolve!: Resolvers<T>['resolve'];
    let reject!: Resolvers<T>['reject'];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
