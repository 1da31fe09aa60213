package org.prasan.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses JSON bodies larger than {@code prasan.api.max-json-body} before they are parsed, so
 * an oversize tip is a clear 400 and never a memory problem.
 */
@ControllerAdvice(basePackages = "org.prasan")
public class JsonBodyLimit extends RequestBodyAdviceAdapter {

  private final DataSize limit;

  public JsonBodyLimit(@Value("${prasan.api.max-json-body:64KB}") DataSize limit) {
    this.limit = limit;
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
                          Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter,
                                         Type targetType,
                                         Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    long max = limit.toBytes();
    if (message.getHeaders().getContentLength() > max) {
      throw tooLarge();
    }
    byte[] body = message.getBody().readNBytes((int) max + 1);
    if (body.length > max) {
      throw tooLarge();
    }
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return message.getHeaders();
      }
    };
  }

  private InvalidFieldException tooLarge() {
    return new InvalidFieldException(ApiProblems.BODY, Bilingual.of(
        "ต้องมีขนาดไม่เกิน " + limit.toKilobytes() + " KB",
        "must be at most " + limit.toKilobytes() + " KB"));
  }
}
