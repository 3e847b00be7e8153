// graphql-upload 17 documents its types in JSDoc inside .mjs files, which TypeScript does not read
// from node_modules; these declare the two entry points the server uses.
declare module 'graphql-upload/GraphQLUpload.mjs' {
  import type { GraphQLScalarType } from 'graphql';

  const GraphQLUpload: GraphQLScalarType;
  export default GraphQLUpload;
}

declare module 'graphql-upload/graphqlUploadExpress.mjs' {
  import type { RequestHandler } from 'express';
  export default function graphqlUploadExpress(options?: {
    maxFieldSize?: number;
    maxFileSize?: number;
    maxFiles?: number;
  }): RequestHandler;
}

declare module 'graphql-upload/Upload.mjs' {
  /** A file of a multipart request, as processRequest hands it to the Upload scalar. */
  export default class Upload {
    promise: Promise<unknown>;
    resolve(file: unknown): void;
    reject(error: unknown): void;
  }
}
