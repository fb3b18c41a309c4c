import type { Method, Request, Responses } from '../../common/api';

/** The handlers of some API methods, each taking its already-validated request. */
export type HandlersFor<M extends Method> = { [K in M]: (request: Request<K>) => Promise<Responses[K]> };

/** The handlers behind every API method, with requests already validated. */
export type Handlers = HandlersFor<Method>;
