package org.cityindicators.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Repeats the body's link to the next page as an RFC 8288 Link header. */
class PageLinks {

    @ServerResponseFilter
    public void nextLink(ContainerResponseContext response) {
        if (response.getEntity() instanceof PageDto<?> page && page.page().next() != null) {
            response.getHeaders().putSingle("Link", "<" + page.page().next() + ">; rel=\"next\"");
        }
    }
}
