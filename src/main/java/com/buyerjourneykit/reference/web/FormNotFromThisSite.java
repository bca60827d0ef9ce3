package com.buyerjourneykit.reference.web;

/** A form post without the token of the browser that sent it: possibly forged by another site, so refused. */
final class FormNotFromThisSite extends RuntimeException {
    FormNotFromThisSite() {
        super("this form was not sent from a page of this site (its _csrf token is missing or wrong); reload the page and try again");
    }
}
