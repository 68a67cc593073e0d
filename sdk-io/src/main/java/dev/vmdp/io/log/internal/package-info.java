/** Implementation of the vmware.log reader: bounded line splitting and prefix parsing. Not API. */
package dev.vmdp.io.log.internal;
