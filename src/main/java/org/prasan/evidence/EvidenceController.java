package org.prasan.evidence;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.prasan.system.Bilingual;
import org.prasan.system.InvalidFieldException;
import org.prasan.system.PayloadTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence registry's API. An upload is parsed as a stream ({@code resolve-lazily} keeps
 * Spring from buffering it first): the file part flows through a SHA-256 digest straight to
 * the store, the size limit stops it mid-stream, and a refused upload leaves no file and no row.
 */
@RestController
public class EvidenceController {

  static final String FILE = "file";
  static final int MAX_FIELD_BYTES = 8 * 1024;
  static final long FIELDS_ALLOWANCE = 64 * 1024;
  static final Set<String> FIELDS = Set.of("description", "seizedAt", "seizedBy",
      "holderAgency");

  private final EvidenceRegistry registry;
  private final EvidenceStore store;
  private final EvidenceProperties properties;
  private final Validator validator;

  public EvidenceController(EvidenceRegistry registry, EvidenceStore store,
                            EvidenceProperties properties, Validator validator) {
    this.registry = registry;
    this.store = store;
    this.properties = properties;
    this.validator = validator;
  }

  @PostMapping(path = "/api/cases/{caseId}/evidence",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
  @Access(AccessRule.CASE_AGENCY)
  @Operation(summary = "Register an exhibit: multipart file, description, seizedAt?, seizedBy?",
      description = "By an officer of an agency working on the case, whose agency then holds "
          + "it. 201 with {exhibitId, sha256}. 413 over prasan.evidence.max-file-size, 400 "
          + "invalid fields, 403 a coordinator or another of the case's agencies' callers, "
          + "404 unknown case or not working on it, 409 closed case.")
  public ResponseEntity<Registered> register(@PathVariable CaseId caseId,
                                             HttpServletRequest request, Actor caller)
      throws IOException {
    Set<String> uploaders = registry.uploadersOn(caseId, caller);
    Upload upload = new Upload();
    try {
      parse(request, upload);
      if (upload.incoming == null) {
        throw new InvalidFieldException(FILE, Bilingual.of("ต้องแนบไฟล์วัตถุพยาน",
            "must hold the exhibit's file"));
      }
      EvidenceUpload fields = upload.fields();
      Set<ConstraintViolation<EvidenceUpload>> violations = validator.validate(fields);
      if (!violations.isEmpty()) {
        throw new ConstraintViolationException(violations);
      }
      Exhibit exhibit = registry.register(caseId.value(), uploaders, fields, upload.incoming,
          caller.userId());
      return ResponseEntity.created(URI.create("/api/evidence/" + exhibit.exhibitId()))
          .body(new Registered(exhibit.exhibitId(), exhibit.sha256(), exhibit.sizeBytes()));
    } finally {
      if (upload.incoming != null) {
        store.discard(upload.incoming);
      }
    }
  }

  @PostMapping(path = "/api/evidence/{exhibitId}/custody", consumes = "application/json",
      produces = "application/json")
  @Access(AccessRule.HOLDER)
  @Operation(summary = "Hand an exhibit to another agency: one more custody entry",
      description = "By an officer of the agency holding it. 201 with the entry and its hash.")
  public ResponseEntity<CustodyEntry> transfer(
      @PathVariable String exhibitId, @Valid @RequestBody CustodyTransfer transfer, Actor caller) {
    CustodyEntry entry = registry.transfer(exhibitId, transfer, caller);
    return ResponseEntity.status(HttpStatus.CREATED).body(entry);
  }

  @GetMapping(path = "/api/evidence/{exhibitId}/verify", produces = "application/json")
  @Access(AccessRule.CASE_EVIDENCE)
  @Operation(summary = "Verify an exhibit's chain of custody and file",
      description = "{intact, entries, firstBrokenAt?}: catches an edited, deleted or inserted "
          + "custody entry and a changed or missing file. For the case's agencies, prosecutors "
          + "and coordinators.")
  public Verification verify(
      @PathVariable String exhibitId) {
    return registry.verify(exhibitId);
  }

  @GetMapping(path = "/api/evidence/{exhibitId}", produces = "application/json")
  @Access(AccessRule.CASE_EVIDENCE)
  @Operation(summary = "An exhibit and its chain of custody")
  public ExhibitView exhibit(
      @PathVariable String exhibitId) {
    Verification verification = registry.verify(exhibitId);
    return new ExhibitView(verification, registry.custodyOf(exhibitId));
  }

  private void parse(HttpServletRequest request, Upload upload) throws IOException {
    long max = properties.maxFileSize().toBytes();
    JakartaServletFileUpload<?, ?> parser = new JakartaServletFileUpload<>();
    parser.setFileSizeMax(max);
    parser.setSizeMax(max + FIELDS_ALLOWANCE);
    try {
      FileItemInputIterator items = parser.getItemIterator(request);
      while (items.hasNext()) {
        FileItemInput item = items.next();
        if (item.isFormField()) {
          field(upload, item);
        } else if (FILE.equals(item.getFieldName()) && upload.incoming == null) {
          upload.fileName = item.getName();
          upload.contentType = item.getContentType();
          upload.incoming = store.receive(item.getInputStream());
        } else {
          throw new InvalidFieldException(String.valueOf(item.getFieldName()), Bilingual.of(
              "ไม่ใช่ส่วนหนึ่งของการอัปโหลดวัตถุพยาน (ไฟล์หนึ่งไฟล์, description, seizedAt, "
                  + "seizedBy, holderAgency)",
              "is not a part of an evidence upload (one file, description, seizedAt, "
                  + "seizedBy, holderAgency)"));
        }
      }
    } catch (IOException failure) {
      throw uploadProblem(failure);
    }
  }

  private static void field(Upload upload, FileItemInput item) throws IOException {
    String name = item.getFieldName();
    if (!FIELDS.contains(name) || upload.text.containsKey(name)) {
      throw new InvalidFieldException(String.valueOf(name), FIELDS.contains(name)
          ? Bilingual.of("ถูกส่งมาสองครั้ง", "is sent twice")
          : Bilingual.of("ไม่ใช่ช่องข้อมูลของการอัปโหลดวัตถุพยาน",
              "is not a field of an evidence upload"));
    }
    try (InputStream in = item.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
      if (bytes.length > MAX_FIELD_BYTES) {
        throw new InvalidFieldException(name, Bilingual.of("ยาวเกินไป", "is too long"));
      }
      upload.text.put(name, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidFieldException(name, Bilingual.of("ไม่ใช่ข้อความ UTF-8",
          "is not UTF-8 text"));
    }
  }

  private RuntimeException uploadProblem(IOException failure) throws IOException {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileUploadSizeException) {
        long megabytes = properties.maxFileSize().toMegabytes();
        return new PayloadTooLargeException(FILE, Bilingual.of(
            "ต้องมีขนาดไม่เกิน " + megabytes + " MB", "must be at most " + megabytes + " MB"));
      }
    }
    if (failure instanceof FileUploadException) {
      return new InvalidFieldException("body", Bilingual.of(
          "ไม่ใช่การอัปโหลดแบบ multipart/form-data ที่ถูกต้อง",
          "is not a well-formed multipart/form-data upload"));
    }
    throw failure;
  }

  /** The parts read so far; the file is already on disk (incoming) when set. */
  private static final class Upload {
    private final Map<String, String> text = new HashMap<>();
    private String fileName;
    private String contentType;
    private EvidenceStore.Incoming incoming;

    EvidenceUpload fields() {
      return new EvidenceUpload(text.get("description"), instant(text.get("seizedAt")),
          text.get("seizedBy"), text.get("holderAgency"), fileName, contentType);
    }

    private static Instant instant(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException notAnOffset) {
        try {
          return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
          throw new InvalidFieldException("seizedAt", Bilingual.of(
              "ต้องเป็นวันเวลาแบบ ISO-8601 พร้อมเขตเวลา เช่น 2026-11-20T10:00+07:00",
              "must be an ISO-8601 date and time with an offset, such as 2026-11-20T10:00+07:00"));
        }
      }
    }
  }

  /** What the uploader learns: the exhibit's id and the hash to keep with their own records. */
  public record Registered(String exhibitId, String sha256, long sizeBytes) {
  }

  /** An exhibit's verification and its custody entries. */
  public record ExhibitView(Verification verification, List<CustodyEntry> custody) {
  }
}
