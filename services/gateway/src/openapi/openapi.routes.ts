import swaggerUi from '@fastify/swagger-ui'
import type { FastifyPluginAsync } from 'fastify'
import { GatewayErrors } from '../errors.js'
import { OpenApiMergeError } from './merge.js'
import { ServiceUnreachableError, type MergedDocument } from './service-documents.js'

export interface OpenApiRoutesOptions {
  merged: MergedDocument
}

export const openApiRoutes: FastifyPluginAsync<OpenApiRoutesOptions> = async (app, { merged }) => {
  // Everything here describes the API and holds no data: public, and kept out of the document.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, public: true }
  })

  app.get('/openapi.json', { schema: { hide: true } }, async (request) => {
    try {
      return await merged.get()
    } catch (err) {
      if (err instanceof ServiceUnreachableError) {
        throw GatewayErrors.GATEWAY_UPSTREAM_UNAVAILABLE(`The API documents of ${err.services.join(', ')} cannot be fetched; try again shortly.`)
      }
      if (err instanceof OpenApiMergeError) {
        request.log.error({ problems: err.problems }, 'openapi merge failed')
        throw GatewayErrors.GATEWAY_OPENAPI_MERGE_FAILED('The services publish conflicting definitions; the operators have been alerted in the log.')
      }
      throw err
    }
  })

  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // `urls` wins over the plugin's own `./json` (the gateway's routes alone): the UI shows the whole system.
    uiConfig: { urls: [{ url: '/openapi.json', name: 'Postcare API' }], deepLinking: true } as never,
    staticCSP: true,
    // The plugin's policy asks the browser to upgrade every load to https, which leaves the page
    // blank when the gateway is reached over plain HTTP on a private network (any host name but
    // localhost). The gateway does not decide the scheme it is reached by; the policy keeps the rest.
    transformStaticCSP: (header: string) => header.replace(/\s*upgrade-insecure-requests;?/, '')
  })
}
