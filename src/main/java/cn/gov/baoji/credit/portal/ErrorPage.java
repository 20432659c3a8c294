package cn.gov.baoji.credit.portal;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** A readable error page of the portal: the status, a Chinese title and what the citizen can do now. */
record ErrorPage(HttpStatus status, String title, String message) {

    static final String VIEW = "portal/error";

    static ErrorPage of(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> new ErrorPage(status, "页面不存在", "您访问的页面不存在或已移除，请通过上方导航进入。");
            case METHOD_NOT_ALLOWED -> new ErrorPage(status, "访问方式不正确",
                    "此页面不支持这种访问方式，请通过上方导航重新进入。");
            case FORBIDDEN -> new ErrorPage(status, "页面已失效，请重新提交",
                    "为保护您的信息安全，表单只能从本网站打开后提交。页面可能已过期，或浏览器禁用了 Cookie。"
                            + "您的内容尚未提交，请重新打开表单填写后再提交。");
            case PAYLOAD_TOO_LARGE -> new ErrorPage(status, "上传的文件过大",
                    "每个文件不能超过 10 MB，一次提交的全部文件合计不能超过 11 MB。您的投诉尚未提交，"
                            + "请返回减少或压缩文件后重新提交。");
            case UNSUPPORTED_MEDIA_TYPE, BAD_REQUEST -> new ErrorPage(HttpStatus.BAD_REQUEST, "请求无法处理",
                    "提交的内容格式不正确，未能处理。请重新打开页面填写后再提交。");
            default -> status.is4xxClientError() ? new ErrorPage(status, "请求无法处理",
                    "此请求无法处理，请通过上方导航重新进入。")
                    : new ErrorPage(HttpStatus.INTERNAL_SERVER_ERROR, "系统暂时无法处理",
                    "很抱歉，系统暂时出现问题，您的请求没有处理，提交的投诉也没有保存。请稍后再试。");
        };
    }

    static ErrorPage tooManyRequests(TooManyRequestsException e) {
        long minutes = Math.max(1, (e.retryAfter().getSeconds() + 59) / 60);
        return e.kind() == TooManyRequestsException.Kind.COMPLAINTS
                ? new ErrorPage(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁",
                        "为防止滥用，同一网络地址每小时最多提交 " + e.limit() + " 件投诉。您的投诉尚未提交，请约 "
                                + minutes + " 分钟后再试。")
                : new ErrorPage(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁",
                        "为保护投诉信息，同一网络地址每小时最多查询 " + e.limit() + " 次。请约 " + minutes
                                + " 分钟后再试。");
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.getSeconds());
    }

    Map<String, Object> model() {
        return Map.of("status", status.value(), "title", title, "message", message);
    }

    ModelAndView view() {
        return new ModelAndView(VIEW, model(), status);
    }
}
